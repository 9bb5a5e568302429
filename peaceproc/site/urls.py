from django.urls import path

from . import views

app_name = "site"

urlpatterns = [
    path("", views.index, name="index"),
    path("rounds/<slug:slug>/", views.round_detail, name="round"),
    path("events/<int:pk>/", views.event_detail, name="event"),
    path("agreements/<slug:slug>/", views.agreement_detail, name="agreement"),
    path("participants/<slug:slug>/", views.participant_detail, name="participant"),
]
