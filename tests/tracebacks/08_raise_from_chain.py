def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise RuntimeError("missing setting " + key) from e


settings = {"host": "localhost"}
port = int(load(settings, "host") != "" and load(settings, "port"))
