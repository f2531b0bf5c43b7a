import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';

/**
 * How the bot proves itself and checks who calls it. With credentials every inbound request must
 * carry a Bot Framework JWT (signature, issuer, audience = our app id, service URL) and replies are
 * sent with a token for our app; without them (local testing only) nothing is checked.
 */
export type TeamsAuth =
  | {
      kind: 'credentials';
      appId: string;
      appPassword: string;
      /** Required for SingleTenant and a managed identity. */
      tenantId?: string;
      appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
      /** Other clouds, or tests: where signing keys and tokens come from. Public Azure when unset. */
      endpoints?: TeamsAuthEndpoints;
    }
  | { kind: 'unauthenticated' };

export type TeamsAuthEndpoints = {
  /** OpenID metadata for tokens Teams sends us (public cloud: login.botframework.com). */
  openIdMetadataUrl: string;
  /** The `iss` those tokens carry. */
  tokenIssuer: string;
  /** Where our outbound tokens come from (Microsoft Entra), and for which audience. */
  loginUrl: string;
  oauthScope: string;
};

/**
 * The SDK's authentication built from the values given, never from the environment (botbuilder reads
 * none itself when handed an options object). Settings:
 * https://learn.microsoft.com/azure/bot-service/bot-builder-authentication#bot-framework-authentication-configuration
 */
export function createAuthentication(auth: TeamsAuth): ConfigurationBotFrameworkAuthentication {
  if (auth.kind === 'unauthenticated') return new ConfigurationBotFrameworkAuthentication({});
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    // botbuilder spells the managed identity type "UserAssignedMsi" (compared case-insensitively).
    MicrosoftAppType: auth.appType,
    ...(auth.appType === 'UserAssignedMSI' ? {} : { MicrosoftAppPassword: auth.appPassword }),
    ...(auth.tenantId ? { MicrosoftAppTenantId: auth.tenantId } : {}),
  };
  const endpoints = auth.endpoints;
  if (endpoints) {
    // Setting any of these switches botbuilder to a fully custom cloud, so all of them are set.
    options.ToBotFromChannelOpenIdMetadataUrl = endpoints.openIdMetadataUrl;
    options.ToBotFromEmulatorOpenIdMetadataUrl = endpoints.openIdMetadataUrl;
    options.ToBotFromChannelTokenIssuer = endpoints.tokenIssuer;
    options.ToChannelFromBotLoginUrl = endpoints.loginUrl;
    options.ToChannelFromBotOAuthScope = endpoints.oauthScope;
  }
  return new ConfigurationBotFrameworkAuthentication(options);
}

export function appIdOf(auth: TeamsAuth): string {
  return auth.kind === 'credentials' ? auth.appId : '';
}
