// The benchmark's baseline: the same offline basemap and fonts in a bare MapLibre page, nothing else.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import scenario from '../../geodata/scenario.json';
import { loadMapFonts } from '../../src/lib/map/fonts';
import { basemapStyle } from '../../src/lib/map/style';

setWorkerUrl(workerUrl);
await loadMapFonts();
const container = document.getElementById('map')!;
const map = new MapLibreMap({
	container,
	style: basemapStyle((path) => new URL(`data/${path}`, document.baseURI).href),
	bounds: scenario.region as [number, number, number, number],
	canvasContextAttributes: { preserveDrawingBuffer: true }
});
map.once('idle', () => (container.dataset.ready = 'true'));
