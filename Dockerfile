# casebot as a small non-root image whose entrypoint is casebot. UNTESTED on the machine it was
# written on (no container daemon there); everything it runs is tested without it.
#   docker build -t casebot .
#   docker run --env-file .env casebot                      # the gateway bot (casebot run)
#   docker run --env-file .env -p 8080:8080 casebot serve --listen 0.0.0.0:8080
# The shipped knowledge is baked in at /app/knowledge; mount your own over it (read-only is
# fine) with -v /path/to/knowledge:/app/knowledge:ro, and add --watch to pick up changes.

FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin casebot \
 && strip target/release/casebot

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin casebot
WORKDIR /app
COPY --from=build /src/target/release/casebot /usr/local/bin/casebot
COPY --chown=root:root knowledge /app/knowledge
USER casebot
ENV CASEBOT_KNOWLEDGE=/app/knowledge
EXPOSE 8080
# Meaningful for `serve` only: the gateway mode has no /healthz.
HEALTHCHECK --interval=10s --timeout=3s CMD ["casebot", "health", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["casebot"]
CMD ["run"]
