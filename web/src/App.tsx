// The workbench shell: navigation and one view per URL.
import { ActorNamesProvider } from "./components/ActorNames.js";
import { Link } from "./components/Link.js";
import { paths, type Route, useRoute } from "./router.js";
import { AllegationView } from "./views/AllegationView.js";
import { AnalyseView } from "./views/AnalyseView.js";
import { DocumentView } from "./views/DocumentView.js";
import { MapView } from "./views/MapView.js";

function View({ route }: { route: Route }) {
  switch (route.view) {
    case "map":
      return <MapView />;
    case "allegation":
      return <AllegationView id={route.id} />;
    case "document":
      return <DocumentView id={route.id} claim={route.claim} />;
    case "analyse":
      return <AnalyseView />;
    case "not-found":
      return <p className="error">No page at {route.path}.</p>;
  }
}

export function App() {
  const route = useRoute();
  return (
    <ActorNamesProvider>
      <header className="top">
        <span className="brand">armstrace</span>
        <nav aria-label="main">
          <Link to={paths.map()}>Map</Link>
          <Link to={paths.analyse()}>Analyse</Link>
        </nav>
      </header>
      <main>
        <View route={route} />
      </main>
    </ActorNamesProvider>
  );
}
