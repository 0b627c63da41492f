from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt

from config import health
from config.graphql import GraphQLView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/live", health.live, name="health-live"),
    path("health/ready", health.ready, name="health-ready"),
    path("health/slow", health.slow, name="health-slow"),
    # CSRF does not apply: the API authenticates with Bearer tokens, never cookies.
    path("graphql/", csrf_exempt(GraphQLView.as_view()), name="graphql"),
    # Open Referral HSDS 3.0 API (read-only, public data): organizations/hsds/views.py
    path("hsds/", include("organizations.hsds.urls")),
]

admin.site.site_header = "MN Digital Aid"
admin.site.site_title = "MN Digital Aid admin"
admin.site.index_title = "Moderation and operations"
