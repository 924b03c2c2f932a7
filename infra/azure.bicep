// Hosting for Felles modell: one Azure Static Web App that serves the built single-page app (dist/).
// The app has no server of its own; it talks to Microsoft Graph from the browser. Nothing else is created:
// no database, no storage account, no function app, no secrets in Azure.
// Deployed by `arm/deploy` in teamsapp.yml with infra/azure.parameters.json; every output below is written
// back to env/.env.<environment> by the Agents Toolkit (output names are the variable names).

@minLength(4)
@maxLength(40)
@description('Base name of the resources, e.g. fellesmodelldev01. Lower case letters, digits and hyphens.')
param resourceBaseName string

@allowed([
  'Free'
  'Standard'
])
@description('Static Web Apps plan. Standard adds an SLA and more custom-domain and networking options.')
param staticWebAppSku string = 'Free'

@allowed([
  'westeurope'
  'northeurope'
  'westus2'
  'centralus'
  'eastus2'
  'eastasia'
])
@description('Region of the Static Web App resource (content is served from a global edge network).')
param location string = 'westeurope'

@description('Name of the Static Web App.')
param staticWebAppName string = resourceBaseName

resource staticWebApp 'Microsoft.Web/staticSites@2024-04-01' = {
  name: staticWebAppName
  location: location
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  tags: {
    application: 'felles-modell'
  }
  properties: {
    // Deployed from the command line (`swa deploy` with the deployment token), not from a linked repository.
    provider: 'None'
    // staticwebapp.config.json (security headers, SPA fallback) ships with the build in dist/.
    allowConfigFileUpdates: true
    // No pull-request preview environments: one environment per toolkit environment (dev, prod).
    stagingEnvironmentPolicy: 'Disabled'
  }
}

var siteDomain = staticWebApp.properties.defaultHostname

// The Agents Toolkit writes these outputs to env/.env.<environment> under exactly these names.
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = staticWebApp.id
output TAB_DOMAIN string = siteDomain
output TAB_ENDPOINT string = 'https://${siteDomain}'
