def greet(name, greeting):
    return greeting + ", " + name + "!" * -1 + len(name)


message = greet(
    "Zoë",
    "Grüß dich",
)
