package dev.matchfolio.opening;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * An amount of money.
 *
 * @param amount not negative
 * @param currency ISO 4217
 */
public record Money(@NotNull @DecimalMin("0") BigDecimal amount, @NotNull @IsoCodes.Currency String currency) {
}
