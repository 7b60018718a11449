# --8<-- [start:bayes]
def bayes(p_b_given_a: float, p_a: float, p_b: float) -> float:
    return p_b_given_a * p_a / p_b


sensitivity, specificity, prevalence = 0.95, 0.90, 0.01
p_positive = sensitivity * prevalence + (1 - specificity) * (1 - prevalence)
posterior = bayes(sensitivity, prevalence, p_positive)
print(f"{p_positive:.4f} {posterior:.4f} {posterior:.1%}")
#> 0.1085 0.0876 8.8%
# --8<-- [end:bayes]

# --8<-- [start:simulation]
import numpy as np

rng = np.random.default_rng(0)
n = 1_000_000
sick = rng.random(n) < prevalence
positive = np.where(sick, rng.random(n) < sensitivity, rng.random(n) < 1 - specificity)
print(f"{sick[positive].mean():.4f}")
#> 0.0877
# --8<-- [end:simulation]

# --8<-- [start:second-test]
p_positive_again = sensitivity * posterior + (1 - specificity) * (1 - posterior)
print(f"{bayes(sensitivity, posterior, p_positive_again):.4f}")
#> 0.4769
# --8<-- [end:second-test]
