"use client";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ErrorState, FormMessage, LoadingState } from "@/components/ui/states";
import { formatDateTime } from "@/lib/format";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { CreateTokenForm } from "./create-token-form";
import { ApiTokensQuery, RevokeApiTokenMutation } from "./operations";

/** API tokens for scripts and other tools: create one (its secret shown once), see when each was last used, revoke. */
export function TokensCard() {
  const tokens = useQuery(ApiTokensQuery, {});
  const [error, setError] = useState<string>();

  const revoke = async (id: string) => {
    setError(undefined);
    try {
      const { revokeApiToken } = await request(RevokeApiTokenMutation, { input: { id } });
      setError(payloadErrors(revokeApiToken.errors));
      tokens.refetch();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const list = tokens.data?.apiTokens;
  return (
    <Card aria-labelledby="tokens-title" className="flex flex-col gap-4">
      <div>
        <CardTitle id="tokens-title">API tokens</CardTitle>
        <CardDescription>
          For scripts and tools on other machines: they send <code>Authorization: Bearer ii_…</code> and need no unlock.
          A token never opens this web app. See <code>docs/api.md</code> for examples.
        </CardDescription>
      </div>
      <CreateTokenForm onCreated={tokens.refetch} />
      <FormMessage error={error} />
      {tokens.error && !list ? (
        <ErrorState message={tokens.error} onRetry={tokens.refetch} />
      ) : !list ? (
        <LoadingState label="Loading tokens…" />
      ) : list.length === 0 ? (
        <p className="text-sm text-muted-foreground">No tokens yet.</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border text-sm" aria-label="API tokens" data-testid="token-list">
          {list.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="flex flex-col gap-0.5">
                <span className="font-medium">
                  {token.name} <span className="text-xs text-muted-foreground">…{token.secretEnd}</span>
                </span>
                <span className="flex flex-wrap gap-1">
                  {token.scopes.map((scope) => (
                    <Badge key={scope} tone="info">
                      {scope.toLowerCase()}
                    </Badge>
                  ))}
                  {!token.active && <Badge tone="danger">{token.revokedAt ? "revoked" : "expired"}</Badge>}
                </span>
                <span className="text-xs text-muted-foreground">
                  Created {formatDateTime(token.createdAt)}
                  {token.expiresAt ? ` · expires ${formatDateTime(token.expiresAt)}` : " · never expires"}
                  {token.lastUsedAt ? ` · last used ${formatDateTime(token.lastUsedAt)} from ${token.lastUsedFrom}` : " · never used"}
                </span>
              </div>
              {token.active && (
                <Button variant="outline" size="sm" onClick={() => revoke(token.id)} aria-label={`Revoke ${token.name}`}>
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
