#!/bin/sh
# Stand-in for node:20-bookworm-slim's docker-entrypoint.sh (see standin-images.sh): test tooling only.
set -e
# Run the command with node when the first argument is a flag or not a system command.
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then
  set -- node "$@"
fi
exec "$@"
