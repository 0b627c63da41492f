# MN Digital Aid: one image for every role (web, worker, beat, migrate); the command picks
# the role. See docs/deploy.md and compose.yaml.
#
#   docker build -t mndigitalaid .
#
# Production settings come from the environment at run time (never baked in); the image
# reads no .env file (DJANGO_ENV_FILE is empty and .dockerignore keeps .env out).

FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app

# The locked dependencies, exactly as `make venv` installs them (hashes required).
RUN python -m venv /opt/venv
WORKDIR /app
COPY requirements-bootstrap.lock requirements.lock ./
RUN pip install --no-cache-dir --require-hashes --no-deps -r requirements-bootstrap.lock \
    && uv pip sync --no-cache --python /opt/venv/bin/python --require-hashes requirements.lock

COPY . .

# Static files are collected at build time (WhiteNoise serves them); the values below exist
# only for this command, which reads settings but touches no database.
ENV STATIC_ROOT=/app/static \
    DJANGO_ENV_FILE= \
    GUNICORN_BIND=0.0.0.0:8000
RUN DEBUG=0 SECRET_KEY=collectstatic-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz \
    ALLOWED_HOSTS=localhost IDENTIFIER_PEPPER=collectstatic-only \
    DATABASE_URL=postgres://collectstatic@localhost:1/none \
    python manage.py collectstatic --noinput -v 0

# An unprivileged user; /app/var holds beat's schedule (a volume in compose.yaml).
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin aid \
    && mkdir -p /app/var \
    && chown aid /app/var
USER aid

EXPOSE 8000
# Graceful: gunicorn finishes in-flight requests on SIGTERM (GUNICORN_GRACEFUL_TIMEOUT).
STOPSIGNAL SIGTERM
CMD ["gunicorn", "config.wsgi", "-c", "gunicorn.conf.py"]
