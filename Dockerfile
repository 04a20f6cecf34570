FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npx -y pnpm@12.4.2 install --frozen-lockfile && npx -y pnpm@12.4.2 run build
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["node", "apps/server/dist/main.js"]
