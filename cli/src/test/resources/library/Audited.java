package com.example.library;

import dev.strata.annotations.Column;
import dev.strata.annotations.MappedSuperclass;
import java.time.Instant;

/** Every table's last change, kept by the database's default. */
@MappedSuperclass
public abstract class Audited {
  @Column(defaultValue = "CURRENT_TIMESTAMP")
  Instant lastUpdate;
}
