package dev.matchfolio.ranking;

/**
 * An amount in a currency; amounts in different currencies are never compared.
 *
 * @param amount not negative
 * @param currency ISO 4217
 */
public record Money(double amount, String currency) {
}
