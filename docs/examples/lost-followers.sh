#!/usr/bin/env bash
# Lists the followers an account lost, with a read token, in one GraphQL request.
# Usage: INSTAINTEL_URL=http://box:8000 INSTAINTEL_TOKEN=ii_… docs/examples/lost-followers.sh USERNAME
set -euo pipefail
curl --silent --show-error --fail-with-body "${INSTAINTEL_URL:-http://localhost:8000}/graphql" \
  -H "Authorization: Bearer $INSTAINTEL_TOKEN" \
  -H "Content-Type: application/json" \
  --data @- <<JSON
{
  "query": "query LostFollowers(\$username: String!) { account(username: \$username) { followers(first: 100, where: { isLost: { eq: true } }, order: [{ lostAt: DESC }]) { totalCount nodes { username lostAt } } } }",
  "variables": { "username": "$1" }
}
JSON
echo
