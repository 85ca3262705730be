if x:
    pass
    # c