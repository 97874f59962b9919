// The one authChecker. Deny by default: every resolver class carries @Authorized(roles).
// Anonymous → UNAUTHENTICATED; signed in with the wrong role → FORBIDDEN (never UNAUTHORIZED).
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';

export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.viewer)
    throw new GraphQLError('Sign in first: send Authorization: Bearer <token>', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  if (roles.length === 0 || roles.includes(context.viewer.role)) return true;
  throw new GraphQLError(`Role ${context.viewer.role} may not do this`, { extensions: { code: 'FORBIDDEN' } });
};
