package dev.strata;

import java.util.List;

/**
 * What {@code baseline(version)} did.
 *
 * @param version the baseline version
 * @param created false when the same baseline was already recorded (calling it again changes nothing)
 * @param skipped the versions of the migrations in the code at or below the baseline, now counted
 *     as applied without running
 */
public record BaselineResult(String version, boolean created, List<String> skipped) {

  public BaselineResult {
    skipped = List.copyOf(skipped);
  }
}
