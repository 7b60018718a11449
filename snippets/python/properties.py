# --8<-- [start:property]
class Model:
    def __init__(self, learning_rate: float = 1e-3) -> None:
        # fr: passe par le setter : la valeur est donc validée, elle aussi
        # en: goes through the setter, so it is validated too
        self.learning_rate = learning_rate

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        if not 0 < value < 1:
            raise ValueError(f"learning_rate must be in (0, 1), got {value}")
        self._learning_rate = value


# --8<-- [end:property]


# --8<-- [start:use]
model = Model()
model.learning_rate = 0.01
print(model.learning_rate)
#> 0.01
try:
    model.learning_rate = 5
except ValueError as error:
    print(error)
#> learning_rate must be in (0, 1), got 5
print(model.learning_rate)
#> 0.01
# --8<-- [end:use]
