app_name = "treatments"

# qasite/urls.py mounts these with the treatments list and hubs (pages, which show reviews and questions)
# in the same namespace: `treatments:list`, `treatments:detail`.
urlpatterns = []
