from django.urls import path  # noqa: F401  (routes are added by the API feature)

app_name = "api"

urlpatterns: list = []
