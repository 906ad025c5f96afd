"""``st.components``: custom components (``v1``: HTML, iframes, declared components; ``v2``)."""

from wasmlit.components import v1 as v1
from wasmlit.components import v2 as v2
