from django.urls import path

from . import views

app_name = "ingest"

# Mounted at /admin/ingest/, before the admin's own URLs (see peaceproc/urls.py).
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/discard/", views.discard, name="discard"),
    path("<int:pk>/reread/", views.reread, name="reread"),
    path("<int:pk>/add/", views.add_happening, name="add"),
]
