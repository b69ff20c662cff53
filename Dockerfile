# One image recipe for every service: docker compose passes MODULE (gateway, profile-service, ...).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY events events
COPY service-support service-support
COPY test-support test-support
COPY profile-service profile-service
COPY portfolio-service portfolio-service
COPY matching-service matching-service
COPY gateway gateway
COPY local-stack/pom.xml local-stack/pom.xml
ARG MODULE
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl "${MODULE}" -am package

FROM eclipse-temurin:17-jre
ARG MODULE
# curl serves the compose healthchecks
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 app
COPY --from=build /src/${MODULE}/target/${MODULE}-exec.jar /app/app.jar
USER app
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
