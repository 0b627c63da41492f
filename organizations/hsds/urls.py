from django.urls import path

from organizations.hsds import views

app_name = "hsds"
urlpatterns = [
    path("", views.api_root, name="root"),
    path("organizations", views.organization_list, name="organizations"),
    path("organizations/<str:organization_id>", views.organization_detail, name="organization"),
]
