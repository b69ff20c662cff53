package dev.matchfolio.profile;

import java.math.BigDecimal;

import dev.matchfolio.profile.ProfileConstraints.IsoCurrency;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * An amount in an ISO 4217 currency. The digit bounds keep every accepted amount exactly representable as Decimal128
 * in the store, so an absurd number is a 400 and never a failed write.
 */
record Money(@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal amount,
		@NotNull @IsoCurrency String currency) {
}
