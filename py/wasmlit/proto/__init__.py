"""``streamlit.proto``: importable, but wasmlit speaks JSON to its page, not Streamlit's
protobuf messages, so its ``*_pb2`` modules do not exist (``wasmlit.unsupported``)."""
