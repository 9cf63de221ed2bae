"""The judge as a service (README: For lab administrators): an HTTP server
over the same judge and sandbox, and the client the app and `judge --judge`
use.  Knows no UI.

wire.py       problems and judgement requests as JSON, both ways
streaming.py  Server-Sent Events: writing them, reading them back
tokens.py     the tokens file: who may judge, for which exam
gate.py       one sandbox shared by every judgement: the --jobs limit
judgement.py  one judgement: judged in a thread, streamed, recorded
service.py    the Starlette app: routes, auth, limits
client.py     the HTTP client (httpx): problems, judging, errors for people
"""
