/** The Slack adapter's public face: the adapter, its manifest and the CLI subcommand. */
export { SlackAdapter, createSlackAdapter, DEFAULT_RETRY, type SlackAdapterOptions } from './slack-adapter.ts';
export { slackManifest, slackManifestCli, SLACK_BOT_SCOPES, SLACK_BOT_EVENTS, SLACK_EVENTS_PATH } from './manifest.ts';
export { POST_EVENT_TYPE } from './poster.ts';
