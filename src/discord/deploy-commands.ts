import { REST, Routes } from 'discord.js';
import { commandDefinitions } from '../../commands/index.js';
import { createLogger } from './logger.js';
import { exitOnDiscordFailure, readArticles, readConfig } from './startup.js';

/**
 * `npm run deploy-commands`: registers the command set with Discord, for one
 * server when DISCORD_GUILD_ID is set (instant; for development) or globally.
 * A bulk PUT replaces the whole set, so running it twice changes nothing and
 * commands removed from the registry disappear. The definitions depend on the
 * loaded articles (the `article` option exists only with several), so deploy
 * again after adding or removing one.
 */

const config = readConfig();
const logger = createLogger(config.logLevel, undefined, { secrets: [config.token] });
const articles = await readArticles(config.articlesDir);
const body = commandDefinitions(articles.length);

const rest = new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl }).setToken(config.token);
const scope =
  config.guildId === undefined ? { scope: 'global' } : { scope: 'guild', guildId: config.guildId };
const route =
  config.guildId === undefined
    ? Routes.applicationCommands(config.clientId)
    : Routes.applicationGuildCommands(config.clientId, config.guildId);

try {
  await rest.put(route, { body });
  logger.info(
    { ...scope, count: body.length, commands: body.map((command) => command.name) },
    'commands deployed',
  );
} catch (error) {
  logger.fatal({ err: error, ...scope }, 'could not deploy commands');
  exitOnDiscordFailure('could not deploy the commands', error);
}
