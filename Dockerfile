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
    && useradd --create-home --uid 10001 qkg

# Runs unprivileged; the code and .venv stay root-owned and read-only to it.
USER qkg
EXPOSE 8000
CMD ["uv", "run", "--frozen", "--no-dev", "qkg", "serve", "--host", "0.0.0.0", "--port", "8000"]
