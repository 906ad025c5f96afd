"""``streamlit.runtime.caching.cache_errors``: the caching errors scripts may catch."""

from wasmlit.caching.errors import UnhashableParamError as UnhashableParamError
from wasmlit.caching.errors import UnhashableTypeError as UnhashableTypeError
from wasmlit.caching.errors import UnserializableReturnValueError as UnserializableReturnValueError
