def test_every_public_read_answers(client, content, doctor, treatment):
    for url in [
        "/api/v1/questions",
        f"/api/v1/questions/{content['question'].pk}",
        "/api/v1/treatments",
        "/api/v1/treatments/botox",
        "/api/v1/doctors",
        f"/api/v1/doctors/{doctor.pk}",
        f"/api/v1/doctors/{doctor.pk}/answers",
        "/api/v1/reviews",
        f"/api/v1/reviews/{content['review'].pk}",
        "/api/v1/photos",
        "/api/v1/openapi.json",
        "/api/v1/docs",
    ]:
        response = client.get(url)
        print(url, response.status_code, response.content[:300])
        assert response.status_code == 200, url
