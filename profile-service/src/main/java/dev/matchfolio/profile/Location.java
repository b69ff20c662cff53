package dev.matchfolio.profile;

import dev.matchfolio.profile.ProfileConstraints.IsoCountry;
import jakarta.validation.constraints.Size;

/** Where the candidate lives; {@code country} is an ISO 3166-1 alpha-2 code. */
record Location(@Size(max = 100) String city, @IsoCountry String country) {
}
