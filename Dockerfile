# qkg API image (used by docker-compose.yml). Build: docker build -t qkg .
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_NO_CACHE=1 \
    UV_PYTHON_DOWNLOADS=never

RUN pip install --no-cache-dir "uv==0.9.30"

WORKDIR /app

# Dependencies first (cached layer), then the project itself.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project

COPY . .
RUN uv sync --frozen --no-dev \
    && useradd --create-home --uid 10001 qkg \
    && mkdir -p /data && chown qkg:qkg /data

# The embedded store and uploaded documents live in /data (a volume in docker-compose.yml).
ENV QKG_DATA=/data

# Runs unprivileged; the code and .venv stay root-owned and read-only to it.
USER qkg
EXPOSE 8000
# The venv's own entry point: `uv run` would try to sync the root-owned .venv as this user.
CMD ["/app/.venv/bin/qkg", "serve", "--host", "0.0.0.0", "--port", "8000"]
