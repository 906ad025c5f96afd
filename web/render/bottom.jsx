// The bottom area (stBottom): a top-level st.chat_input is pinned here, below the main area.

import { useSubscription } from "./context.js";
import { VerticalBlock } from "./block.jsx";

export function Bottom() {
  const store = useSubscription("bottom");
  if (!store.children("bottom").length) return null;
  return (
    <div class="stBottom" data-testid="stBottom">
      <div class="stBottomBlockContainer" data-testid="stBottomBlockContainer">
        <VerticalBlock id="bottom" />
      </div>
    </div>
  );
}
