# why403: `make run` starts the service, `make test` runs every test. `make` alone lists the targets.
SHELL := /bin/bash
MVN ?= mvn -B -q
JAR := target/quarkus-app/quarkus-run.jar
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(JAR): $(SOURCES)
	$(MVN) package -DskipTests

.PHONY: build
build: $(JAR) ## Build the packaged service (target/quarkus-app)

.PHONY: build-postgres
build-postgres: ## Build for PostgreSQL deployments (the database kind is fixed at build time)
	$(MVN) package -DskipTests -Dquarkus.profile=postgres

.PHONY: run
run: $(JAR) ## Start the service on http://localhost:8080 with H2 in ./data and the shipped knowledge
	java -jar $(JAR)

.PHONY: diagnose
diagnose: $(JAR) ## Probe URL=... [METHOD=GET] [HEADER='Name: value'] [ALLOW_PRIVATE=1]: causes, evidence, fixes
	@test -n "$(URL)" || { echo "usage: make diagnose URL=https://... [METHOD=GET] [HEADER='Name: value'] [ALLOW_PRIVATE=1]"; exit 2; }
	@java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*" \
	  dev.why403.cli.Diagnose --method "$(or $(METHOD),GET)" $(if $(HEADER),--header "$(HEADER)") \
	  $(if $(ALLOW_PRIVATE),--allow-private-networks) "$(URL)"

.PHONY: dev
dev: ## Quarkus dev mode: live reload of Java code for developers
	mvn quarkus:dev

.PHONY: test
test: test-deps ## Install what the tests need if missing, then run every test (H2, and PostgreSQL on loopback)
	scripts/test-postgres.sh start
	mvn -B test -Dtest.postgres=127.0.0.1:$${WHY403_TEST_PG_PORT:-54329}; status=$$?; \
	  scripts/test-postgres.sh stop; exit $$status

.PHONY: test-deps
test-deps: ## Install what the tests need (PostgreSQL, Chromium and its driver) when it is missing
	@scripts/install-test-deps.sh

.PHONY: check-knowledge
check-knowledge: ## Validate knowledge/ and rules/ and run every scenario, without starting the service
	$(MVN) compile exec:java -Dspotless.check.skip=true

.PHONY: bench
bench: ## Run the benchmarks (under 20 min on 2 cores) and write a report to bench/results/
	bench/run.sh

.PHONY: fmt
fmt: ## Format the Java sources (the build checks formatting)
	$(MVN) spotless:apply

.PHONY: clean
clean: ## Remove build output (keeps ./data)
	$(MVN) clean
