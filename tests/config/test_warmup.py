"""The worker warm-up loads code and tables only: no database, no Redis, no broker."""

from config.warmup import warm_up


def test_warm_up_touches_no_database_or_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the warm-up must not open a connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    warm_up()  # a database access here fails the test (no django_db mark)


def test_gunicorn_runs_the_warm_up_per_worker():
    from pathlib import Path

    conf = (Path(__file__).resolve().parents[2] / "gunicorn.conf.py").read_text()
    assert "def post_worker_init" in conf and "warm_up()" in conf
