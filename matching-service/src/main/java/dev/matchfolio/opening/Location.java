package dev.matchfolio.opening;

import jakarta.validation.constraints.Size;

/**
 * Where the work is.
 *
 * @param city free text
 * @param country ISO 3166-1 alpha-2
 */
public record Location(@Size(max = 100) String city, @IsoCodes.Country String country) {
}
