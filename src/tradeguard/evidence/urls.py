from django.urls import path

from tradeguard.evidence import views

app_name = "files"

urlpatterns = [
    path("<int:file_id>/", views.file_viewer, name="view"),
    path("<int:file_id>/content/", views.file_content, name="content"),
    path("<int:file_id>/download/", views.file_download, name="download"),
    path("<int:file_id>/thumbnail/<int:size>/", views.file_thumbnail, name="thumbnail"),
    path("<int:file_id>/pages/<int:page>/", views.file_page, name="page"),
]
