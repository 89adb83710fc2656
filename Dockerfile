# syntax=docker/dockerfile:1

# pith in a container: a static binary on a distroless base, run as a
# non-root user.
#
#   docker build -t pith .
#   docker run --rm -p 8080:8080 pith                      # the API: pith serve --addr :8080
#   docker run -d --name pith -p 8080:8080 \
#     -v "$PWD/pith.yaml:/etc/pith/pith.yaml:ro" -v pith-data:/data \
#     pith run --config /etc/pith/pith.yaml --addr :8080  # crawls + API
#   docker kill -s HUP pith                                # reload pith.yaml
#   docker stop -t 90 pith                                 # graceful: SIGTERM, 90 s as in the unit
#
# docker stop waits 10 s by default before SIGKILL; the systemd unit gives
# the crawls in progress 90 s to finish their writes. Give the same with
# docker run --stop-timeout 90, or stop_grace_period: 90s in Compose
# (deploy/compose.yaml).
#
# In pith.yaml give out dirs under /data (out: /data/example-news): it is
# the volume, and the only place the non-root user may write.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/pith ./cmd/pith \
 && mkdir -p /out/data

# distroless/static: no shell, no package manager; CA certificates (for
# https sites), time zones (for CRON_TZ) and a nonroot user (65532).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/pith /usr/local/bin/pith
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
# No shell in the image: pith checks its own API (GET /healthz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["/usr/local/bin/pith", "health", "--addr", "127.0.0.1:8080"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/pith"]
CMD ["serve", "--addr", ":8080"]
