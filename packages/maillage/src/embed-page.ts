// The script of embed.html.
import { startEmbed } from './embed.js';

startEmbed();
