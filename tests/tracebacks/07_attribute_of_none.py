import json
obj = None
name = obj.upper()
