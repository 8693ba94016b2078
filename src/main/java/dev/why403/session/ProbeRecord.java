package dev.why403.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One probe's redacted result in a session, as stored; the JSON column holds the whole result. */
@Entity
@Table(name = "session_probe")
public class ProbeRecord extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "session_id", length = 36, nullable = false)
    public String sessionId;

    @Column(name = "run_at", nullable = false)
    public Instant runAt;

    @Column(name = "probe_order", nullable = false)
    public int probeOrder;

    @Column(name = "probe_id", length = 64, nullable = false)
    public String probeId;

    @Column(name = "status")
    public Integer status;

    @Column(name = "millis", nullable = false)
    public long millis;

    @Column(name = "result", length = 1048576, nullable = false)
    public String result;
}
