// Writes the request's audit rows in one INSERT before the response leaves. Fail-closed: when the
// rows cannot be written, the response is replaced by an error, so no ID number or health fact is
// handed out unrecorded (a write has already happened then; its failure is logged by error id).
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Context } from '../../graphql/context';
import { AccessAudit } from './audit.entity';

export function auditPlugin(db: DataSource, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const rows = contextValue.audit.take();
          if (rows.length === 0) return;
          try {
            await db.getRepository(AccessAudit).insert(rows);
          } catch (error) {
            const errorId = randomUUID();
            logger.error({ err: error, errorId, requestId: contextValue.requestId }, 'access audit not written');
            response.http.status = 500;
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } }],
              },
            };
          }
        },
      };
    },
  };
}
