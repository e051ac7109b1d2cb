"""Lists the followers an account lost, then follows its latest crawl over WebSocket until the crawl ends.

    pip install httpx "gql[websockets]>=3.5,<4"
    INSTAINTEL_URL=http://box:8000 INSTAINTEL_TOKEN=ii_… python lost_followers.py USERNAME

A read token is enough: it runs queries and subscriptions.
"""
import asyncio
import os
import sys

import httpx
from gql import Client, gql
from gql.transport.websockets import WebsocketsTransport

URL = os.environ.get("INSTAINTEL_URL", "http://localhost:8000")
TOKEN = os.environ["INSTAINTEL_TOKEN"]

LOST_FOLLOWERS = """
query LostFollowers($username: String!, $after: String) {
  account(username: $username) {
    followers(first: 100, after: $after, where: { isLost: { eq: true } }, order: [{ lostAt: DESC }]) {
      nodes { username fullName lostAt }
      pageInfo { hasNextPage endCursor }
    }
    crawls(first: 1, order: [{ createdAt: DESC }]) { nodes { id } }
  }
}
"""

CRAWL_PROGRESS = gql("""
subscription CrawlProgress($crawlId: ID!) {
  crawlProgress(crawlId: $crawlId) { status fetched expected percent etaSeconds }
}
""")


def lost_followers(username):
    """Every lost follower, page by page, and the ID of the latest crawl."""
    lost, after, crawl_id = [], None, None
    with httpx.Client(base_url=URL, headers={"Authorization": f"Bearer {TOKEN}"}) as http:
        while True:
            response = http.post("/graphql", json={"query": LOST_FOLLOWERS, "variables": {"username": username, "after": after}})
            body = response.json()
            if response.status_code != 200 or body.get("errors"):
                sys.exit(f"InstaIntel answered {response.status_code}: {body['errors'][0]['message']}")
            account = body["data"]["account"]
            if account is None:
                sys.exit(f"{username} is not tracked")
            crawls = account["crawls"]["nodes"]
            crawl_id = crawls[0]["id"] if crawls else None
            page = account["followers"]
            lost += page["nodes"]
            if not page["pageInfo"]["hasNextPage"]:
                return lost, crawl_id
            after = page["pageInfo"]["endCursor"]


async def follow(crawl_id):
    """Prints the crawl's progress until it ends (at once when it already has)."""
    ws_url = URL.replace("http", "ws", 1) + "/graphql"
    # Browsers cannot send headers on a WebSocket, so the token travels in connection_init.
    transport = WebsocketsTransport(url=ws_url, init_payload={"Authorization": f"Bearer {TOKEN}"})
    async with Client(transport=transport) as session:
        async for result in session.subscribe(CRAWL_PROGRESS, variable_values={"crawlId": crawl_id}):
            p = result["crawlProgress"]
            print(f"crawl {p['status']}: {p['fetched']} of {p['expected'] or '?'} fetched")


def main():
    username = sys.argv[1]
    lost, crawl_id = lost_followers(username)
    print(f"{len(lost)} lost followers of {username}")
    for person in lost:
        print(f"  {person['username']} (lost {person['lostAt']})")
    if crawl_id:
        asyncio.run(follow(crawl_id))


if __name__ == "__main__":
    main()
