package dev.why403.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** What a user gave in one diagnosis session, as stored; JSON columns hold the facts and answers. */
@Entity
@Table(name = "diagnosis_session")
public class SessionRecord extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String FINISHED = "finished";

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "release_version", nullable = false)
    public String releaseVersion;

    @Column(name = "request_method")
    public String requestMethod;

    @Column(name = "request_url", length = 4096)
    public String requestUrl;

    @Column(name = "request_credentials")
    public String requestCredentials;

    @Column(name = "response_raw", length = 1048576)
    public String responseRaw;

    @Column(name = "given_facts", length = 1048576, nullable = false)
    public String givenFacts;

    @Column(name = "answers", length = 1048576, nullable = false)
    public String answers;

    @Column(name = "top_cause")
    public String topCause;

    @Column(name = "vendors", length = 512)
    public String vendors;

    /** {@value #OPEN} while a question is pending, else {@value #FINISHED}; null for sessions not evaluated since. */
    @Column(name = "state", length = 16)
    public String state;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
