import { MercatorCoordinate, type CustomLayerInterface, type CustomRenderMethodInput, type Map as MapLibreMap } from 'maplibre-gl';
import type { ScenarioFeature } from '$lib/data/scenario';

/** The layer's id, beside the scenario's own layers. */
export const POINT_CLOUD_LAYER = 'scenario-point-cloud';

/** The dot's look, as `scenario-points` paints it: radius and outline in CSS pixels, and a ghost's share of opacity. */
const RADIUS = 7;
const OUTLINE = 2;
const GHOST_OPACITY = 0.35;

const VISIBLE = 1;
const GHOST = 2;

const VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform float u_world;
uniform float u_size;
in vec2 a_position;
in vec4 a_color;
in float a_state;
out vec3 v_fill;
out vec3 v_outline;
out float v_opacity;
void main() {
	// A hidden dot is put outside the view at no size, so it costs no pixels.
	if (a_state < 0.5) {
		gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
		gl_PointSize = 0.0;
		return;
	}
	gl_Position = u_matrix * vec4(a_position * u_world, 0.0, 1.0);
	gl_PointSize = u_size;
	v_opacity = mod(a_state, 2.0) >= 1.0 ? 1.0 : ${GHOST_OPACITY};
	// Alpha marks a symbolic placement: white inside, the category's colour around.
	bool symbolic = a_color.a > 0.5;
	v_fill = symbolic ? vec3(1.0) : a_color.rgb;
	v_outline = symbolic ? a_color.rgb : vec3(1.0);
}`;

const FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform float u_radius;
uniform float u_outer;
uniform float u_size;
in vec3 v_fill;
in vec3 v_outline;
in float v_opacity;
out vec4 fragColor;
void main() {
	float from_centre = length(gl_PointCoord - 0.5) * u_size;
	float coverage = 1.0 - smoothstep(u_outer - 1.0, u_outer, from_centre);
	if (coverage <= 0.0) discard;
	vec3 color = mix(v_fill, v_outline, smoothstep(u_radius - 0.5, u_radius + 0.5, from_centre));
	float alpha = coverage * v_opacity;
	fragColor = vec4(color * alpha, alpha);
}`;

/** A category colour (`#rrggbb`, as the data rules require) as bytes. */
const colorBytes = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));

/**
 * Web Mercator x and y (0…1) of a longitude and of a latitude, as `MercatorCoordinate.fromLngLat`
 * gives them, without allocating anything per point (an object a point took the page 0.5 s for a million).
 */
export const mercatorX = (lng: number) => (180 + lng) / 360;
export const mercatorY = (lat: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/** A dot whose category has no colour is grey, as on the GeoJSON layers. */
const NO_COLOR = '#555555';

/**
 * Many plain dots as one MapLibre custom layer: positions and colours go to the GPU once, and each
 * dot's state (visible, or a fading ghost) is one byte, rewritten on the GPU when it changes.
 * Dots are identified by their feature's fid, like the GeoJSON sources' features.
 */
export class PointCloud implements CustomLayerInterface {
	readonly id = POINT_CLOUD_LAYER;
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;
	/** Web Mercator x, y of each dot, 0…1. */
	readonly #positions: Float32Array;
	readonly #colors: Uint8Array;
	readonly #states: Uint8Array;
	readonly #fids: Int32Array;
	/** Each fid's dot, or -1 for features not drawn here. */
	readonly #dotOf: Int32Array;
	#statesChanged = true;
	#map: MapLibreMap | null = null;
	#gl: WebGL2RenderingContext | null = null;
	#program: WebGLProgram | null = null;
	#vertexArray: WebGLVertexArrayObject | null = null;
	#buffers: WebGLBuffer[] = [];
	#stateBuffer: WebGLBuffer | null = null;
	#uniforms: Record<'matrix' | 'world' | 'size' | 'radius' | 'outer', WebGLUniformLocation | null> | null = null;

	constructor(dots: readonly ScenarioFeature[], colors: ReadonlyMap<string, string>, fidCount: number) {
		this.#positions = new Float32Array(dots.length * 2);
		this.#colors = new Uint8Array(dots.length * 4);
		this.#states = new Uint8Array(dots.length);
		this.#fids = new Int32Array(dots.length);
		this.#dotOf = new Int32Array(fidCount).fill(-1);
		const colorOf = new Map([...colors].map(([category, color]) => [category, colorBytes(color)]));
		const grey = colorBytes(NO_COLOR);
		dots.forEach((f, i) => {
			this.#positions[i * 2] = mercatorX(f.anchor[0]);
			this.#positions[i * 2 + 1] = mercatorY(f.anchor[1]);
			this.#colors.set(colorOf.get(f.properties.category) ?? grey, i * 4);
			this.#colors[i * 4 + 3] = f.properties.precision === 'symbolic' ? 255 : 0;
			this.#fids[i] = f.fid;
			this.#dotOf[f.fid] = i;
		});
	}

	get size(): number {
		return this.#fids.length;
	}

	has(fid: number): boolean {
		return this.#dotOf[fid] !== undefined && this.#dotOf[fid] >= 0;
	}

	/** Sets a dot's `visible` and `ghost` states as feature-state would; other keys draw nothing different here. */
	setState(fid: number, state: { visible?: boolean; ghost?: boolean }): void {
		const dot = this.#dotOf[fid];
		if (dot === undefined || dot < 0) return;
		let bits = this.#states[dot];
		if (state.visible !== undefined) bits = state.visible ? bits | VISIBLE : bits & ~VISIBLE;
		if (state.ghost !== undefined) bits = state.ghost ? bits | GHOST : bits & ~GHOST;
		if (bits === this.#states[dot]) return;
		this.#states[dot] = bits;
		this.#statesChanged = true;
	}

	/**
	 * The visible dots within `slack` CSS pixels of a point on the map, nearest first. A scan of the
	 * positions (a few milliseconds for a million) inside the box the slack makes.
	 */
	visibleAt(point: { x: number; y: number }, slack: number): number[] {
		if (!this.#map || this.size === 0) return [];
		const corner = (dx: number, dy: number) => MercatorCoordinate.fromLngLat(this.#map!.unproject([point.x + dx, point.y + dy]));
		const [northWest, southEast, centre] = [corner(-slack, -slack), corner(slack, slack), corner(0, 0)];
		const hits: { fid: number; distance: number }[] = [];
		const positions = this.#positions;
		for (let i = 0; i < this.#states.length; i++) {
			if (!(this.#states[i] & VISIBLE)) continue;
			const x = positions[i * 2];
			const y = positions[i * 2 + 1];
			if (x < northWest.x || x > southEast.x || y < northWest.y || y > southEast.y) continue;
			hits.push({ fid: this.#fids[i], distance: (x - centre.x) ** 2 + (y - centre.y) ** 2 });
		}
		return hits.sort((a, b) => a.distance - b.distance).map((hit) => hit.fid);
	}

	onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
		this.#map = map;
		// MapLibre draws with WebGL 2 and gives its custom layers the same context.
		const context = gl as WebGL2RenderingContext;
		this.#gl = context;
		const program = linkProgram(context);
		this.#program = program;
		this.#uniforms = {
			matrix: context.getUniformLocation(program, 'u_matrix'),
			world: context.getUniformLocation(program, 'u_world'),
			size: context.getUniformLocation(program, 'u_size'),
			radius: context.getUniformLocation(program, 'u_radius'),
			outer: context.getUniformLocation(program, 'u_outer')
		};
		this.#vertexArray = context.createVertexArray();
		context.bindVertexArray(this.#vertexArray);
		const attribute = (name: string, data: ArrayBufferView, size: number, type: number, normalized: boolean, usage: number) => {
			const buffer = context.createBuffer()!;
			this.#buffers.push(buffer);
			context.bindBuffer(context.ARRAY_BUFFER, buffer);
			context.bufferData(context.ARRAY_BUFFER, data, usage);
			const location = context.getAttribLocation(program, name);
			context.enableVertexAttribArray(location);
			context.vertexAttribPointer(location, size, type, normalized, 0, 0);
			return buffer;
		};
		attribute('a_position', this.#positions, 2, context.FLOAT, false, context.STATIC_DRAW);
		attribute('a_color', this.#colors, 4, context.UNSIGNED_BYTE, true, context.STATIC_DRAW);
		this.#stateBuffer = attribute('a_state', this.#states, 1, context.UNSIGNED_BYTE, false, context.DYNAMIC_DRAW);
		context.bindVertexArray(null);
		this.#statesChanged = false;
	}

	render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
		const context = gl as WebGL2RenderingContext;
		if (!this.#map || !this.#program || !this.#uniforms || this.size === 0) return;
		context.bindVertexArray(this.#vertexArray);
		if (this.#statesChanged) {
			context.bindBuffer(context.ARRAY_BUFFER, this.#stateBuffer);
			context.bufferSubData(context.ARRAY_BUFFER, 0, this.#states);
			this.#statesChanged = false;
		}
		const ratio = this.#map.getPixelRatio();
		const outer = (RADIUS + OUTLINE) * ratio;
		// One pixel more each side for the outline's smoothed edge.
		const size = Math.ceil(outer * 2 + 2);
		context.useProgram(this.#program);
		context.uniformMatrix4fv(this.#uniforms.matrix, false, options.modelViewProjectionMatrix as Float32Array);
		context.uniform1f(this.#uniforms.world, 512 * 2 ** this.#map.getZoom());
		context.uniform1f(this.#uniforms.size, size);
		context.uniform1f(this.#uniforms.radius, RADIUS * ratio);
		context.uniform1f(this.#uniforms.outer, outer);
		context.drawArrays(context.POINTS, 0, this.size);
		context.bindVertexArray(null);
	}

	onRemove(): void {
		const context = this.#gl;
		if (context) {
			for (const buffer of this.#buffers) context.deleteBuffer(buffer);
			context.deleteVertexArray(this.#vertexArray);
			context.deleteProgram(this.#program);
		}
		this.#buffers = [];
		this.#map = null;
		this.#gl = null;
		this.#program = null;
	}
}

function linkProgram(gl: WebGL2RenderingContext): WebGLProgram {
	const compile = (type: number, source: string) => {
		const shader = gl.createShader(type)!;
		gl.shaderSource(shader, source);
		gl.compileShader(shader);
		if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`The dots' shader did not compile: ${gl.getShaderInfoLog(shader)}`);
		return shader;
	};
	const program = gl.createProgram()!;
	gl.attachShader(program, compile(gl.VERTEX_SHADER, VERTEX_SHADER));
	gl.attachShader(program, compile(gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
	gl.linkProgram(program);
	if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`The dots' shader did not link: ${gl.getProgramInfoLog(program)}`);
	return program;
}
