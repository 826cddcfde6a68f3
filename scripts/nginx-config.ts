// npm run nginx:config: prints the nginx server block for dist/ under BASE_PATH, to paste into a
// server's configuration (LISTEN and ROOT may be set too).
import { resolve } from 'node:path';
import { siteConfig } from './lib/nginx-config.ts';

console.log(
  siteConfig({
    listen: process.env.LISTEN ?? '80',
    root: resolve(process.env.ROOT ?? resolve(import.meta.dirname, '..', 'dist')),
    base: process.env.BASE_PATH ?? '/genderdiversiteit/',
  }),
);
