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

/**
 * Dots drawn in one frame at most. In software WebGL (this project's test machines, and school
 * laptops without a GPU driver) a million dots with 300,000 on the map held the page 1.2 s a frame,
 * and every frame of the map drew them all again; in frames of this many no frame took more than
 * about 0.3 s (60,000 gave no shorter frames, only more of them).
 */
export const DOTS_PER_FRAME = 100_000;

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

/**
 * The dots' picture, drawn in frames into a texture, shown on the map by one triangle covering it;
 * `u_warp` takes a point on screen to where it is in the picture (the identity, or the picture's
 * camera against the map's while the camera moves), as homogeneous clip coordinates.
 */
const PICTURE_VERTEX_SHADER = `#version 300 es
uniform mat3 u_warp;
out vec3 v_at;
void main() {
	vec2 corner = vec2(float((gl_VertexID & 1) << 2), float((gl_VertexID & 2) << 1)) - 1.0;
	v_at = u_warp * vec3(corner, 1.0);
	gl_Position = vec4(corner, 0.0, 1.0);
}`;

const PICTURE_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform sampler2D u_picture;
in vec3 v_at;
out vec4 fragColor;
void main() {
	vec2 at = v_at.xy / v_at.z * 0.5 + 0.5;
	if (any(lessThan(at, vec2(0.0))) || any(greaterThan(at, vec2(1.0)))) discard;
	fragColor = texture(u_picture, at);
}`;

/**
 * The map's plane (Web Mercator 0…1, where the dots are) to clip space for a camera (MapLibre's
 * view-projection matrix, column-major, over world pixels at `world` per unit): its x, y and w rows,
 * the plane's z being 0. Row-major 3×3.
 */
function planeToClip(m: ArrayLike<number>, world: number): number[] {
	return [m[0] * world, m[4] * world, m[12], m[1] * world, m[5] * world, m[13], m[3] * world, m[7] * world, m[15]];
}

function multiply3(a: number[], b: number[]): number[] {
	return [0, 1, 2].flatMap((row) => [0, 1, 2].map((col) => a[row * 3] * b[col] + a[row * 3 + 1] * b[3 + col] + a[row * 3 + 2] * b[6 + col]));
}

function invert3([a, b, c, d, e, f, g, h, i]: number[]): number[] {
	const adjugate = [e * i - f * h, c * h - b * i, b * f - c * e, f * g - d * i, a * i - c * g, c * d - a * f, d * h - e * g, b * g - a * h, a * e - b * d];
	const determinant = a * adjugate[0] + b * adjugate[3] + c * adjugate[6];
	return adjugate.map((value) => value / determinant);
}

/**
 * Where each point on screen under camera `to` lies in a picture drawn under camera `from`, clip
 * space to clip space, column-major for `uniformMatrix3fv`: the picture moved along with the map.
 */
export function pictureWarp(from: ArrayLike<number>, fromWorld: number, to: ArrayLike<number>, toWorld: number): Float32Array {
	const [a, b, c, d, e, f, g, h, i] = multiply3(planeToClip(from, fromWorld), invert3(planeToClip(to, toWorld)));
	return Float32Array.of(a, d, g, b, e, h, c, f, i);
}

const SAME_PLACE = Float32Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1);

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

/** The dots as the GPU takes them, worked out once for a scenario; each map makes its own layer of them. */
export interface DotArrays {
	/** Web Mercator x, y of each dot, 0…1. */
	positions: Float32Array;
	/** Each dot's colour, and 255 in alpha for a symbolic placement. */
	colors: Uint8Array;
	fids: Int32Array;
	/** Each fid's dot, or -1 for features not drawn as dots. */
	dotOf: Int32Array;
}

/** Dots worked out between two pauses for the page (see `dotArrays`). */
const DOTS_PER_PASS = 200_000;

/** The arrays of `dots`, in passes of `DOTS_PER_PASS` with a pause (a `yield`) after each: a million took the page 0.6 s in one. */
export function* dotArrays(dots: readonly ScenarioFeature[], colors: ReadonlyMap<string, string>, fidCount: number): Generator<void, DotArrays> {
	const arrays: DotArrays = { positions: new Float32Array(dots.length * 2), colors: new Uint8Array(dots.length * 4), fids: new Int32Array(dots.length), dotOf: new Int32Array(fidCount).fill(-1) };
	const colorOf = new Map([...colors].map(([category, color]) => [category, colorBytes(color)]));
	const grey = colorBytes(NO_COLOR);
	for (let i = 0; i < dots.length; i++) {
		const f = dots[i];
		arrays.positions[i * 2] = mercatorX(f.anchor[0]);
		arrays.positions[i * 2 + 1] = mercatorY(f.anchor[1]);
		arrays.colors.set(colorOf.get(f.properties.category) ?? grey, i * 4);
		arrays.colors[i * 4 + 3] = f.properties.precision === 'symbolic' ? 255 : 0;
		arrays.fids[i] = f.fid;
		arrays.dotOf[f.fid] = i;
		if ((i + 1) % DOTS_PER_PASS === 0) yield;
	}
	return arrays;
}

/**
 * Many plain dots as one MapLibre custom layer: positions and colours go to the GPU once, and each
 * dot's state (visible, or a fading ghost) is one byte, rewritten on the GPU when it changes.
 * Dots are identified by their feature's fid, like the GeoJSON sources' features.
 *
 * The dots are drawn into a picture (a texture the size of the map), which each frame of the map
 * shows: MapLibre redraws the map for many reasons (a label, a tile, the pointer) that leave the dots
 * as they were, and those frames no longer draw a million dots again. A new picture is drawn
 * `DOTS_PER_FRAME` dots a frame, beside the one shown, and replaces it once complete, so a day's
 * change appears at once. While the camera moves over more dots than a frame draws, the last
 * picture is moved along with the map and drawn afresh at rest; fewer are drawn whole each frame.
 * Only the dots on the map are drawn: their indices, in the dots' order, are sent with each new picture.
 */
export class PointCloud implements CustomLayerInterface {
	readonly id = POINT_CLOUD_LAYER;
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;
	readonly #positions: Float32Array;
	readonly #colors: Uint8Array;
	readonly #states: Uint8Array;
	readonly #fids: Int32Array;
	readonly #dotOf: Int32Array;
	#statesChanged = true;
	#map: MapLibreMap | null = null;
	#gl: WebGL2RenderingContext | null = null;
	#program: WebGLProgram | null = null;
	#vertexArray: WebGLVertexArrayObject | null = null;
	#buffers: WebGLBuffer[] = [];
	#stateBuffer: WebGLBuffer | null = null;
	/** The dots on the map (visible or ghosts), by index in the dots' order, and how many there are. */
	readonly #onMap: Uint32Array;
	#onMapCount = 0;
	#onMapBuffer: WebGLBuffer | null = null;
	#uniforms: Uniforms | null = null;
	/** Shows a picture: a program and an empty vertex array (its triangle needs no attributes). */
	#pictureProgram: WebGLProgram | null = null;
	#pictureVertexArray: WebGLVertexArrayObject | null = null;
	/** Two pictures: the one shown and the one being drawn. */
	#pictures: Picture[] = [];
	#shown = 0;
	/** The camera of the picture shown, and of the one being drawn, which has its first `#drawn` dots on the map. */
	#shownFor: Float64Array | null = null;
	#drawingFor: Float64Array | null = null;
	/** World pixels per unit of the plane at the zoom each of those was drawn at. */
	#shownWorld = 0;
	#drawingWorld = 0;
	#drawn = 0;

	/** Told whenever a new picture is started, however it was asked for (a day, a camera move): the map is not ready until it is drawn. */
	readonly #onRestart: () => void;

	constructor({ positions, colors, fids, dotOf }: DotArrays, onRestart: () => void) {
		this.#onRestart = onRestart;
		this.#positions = positions;
		this.#colors = colors;
		this.#fids = fids;
		this.#dotOf = dotOf;
		this.#states = new Uint8Array(fids.length);
		this.#onMap = new Uint32Array(fids.length);
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

	/** Whether dots are still to be drawn for what was last asked: the map is not ready until they are. */
	get drawing(): boolean {
		return this.#map !== null && this.size > 0 && (this.#statesChanged || this.#drawingFor === null || this.#drawn < this.#onMapCount);
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
		const program = linkProgram(context, VERTEX_SHADER, FRAGMENT_SHADER);
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
		this.#onMapBuffer = context.createBuffer();
		this.#buffers.push(this.#onMapBuffer);
		context.bindBuffer(context.ELEMENT_ARRAY_BUFFER, this.#onMapBuffer);
		context.bufferData(context.ELEMENT_ARRAY_BUFFER, this.#onMap.byteLength, context.DYNAMIC_DRAW);
		context.bindVertexArray(null);
		this.#pictureProgram = linkProgram(context, PICTURE_VERTEX_SHADER, PICTURE_FRAGMENT_SHADER);
		this.#pictureVertexArray = context.createVertexArray();
	}

	/** Draws the next dots into the picture being drawn (MapLibre's pass for drawing off screen, before the map's own). */
	prerender(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
		const context = gl as WebGL2RenderingContext;
		if (!this.#map || !this.#program || !this.#uniforms || this.size === 0) return;
		const camera = options.modelViewProjectionMatrix;
		const resized = this.#fitPictures(context);
		const moved = !sameCamera(camera, this.#drawingFor);
		// While the camera moves over more dots than a frame draws, the last picture is shown moved
		// along with the map (see `render`), and drawn again once the camera is at rest; fewer are
		// drawn whole in each frame of the move, as sharp as at rest.
		const many = this.#onMapCount > DOTS_PER_FRAME;
		if (moved && many && !this.#statesChanged && !resized && this.#shownFor !== null && this.#map.isMoving()) return;
		if (this.#statesChanged || resized || moved) this.#restart(context, camera, worldAt(this.#map));
		else if (this.#drawn >= this.#onMapCount) return;
		if (this.#drawn < this.#onMapCount) this.#drawDots(context, this.#map, this.#program, this.#uniforms, camera);
		if (this.#drawn < this.#onMapCount) {
			this.#map.triggerRepaint();
			return;
		}
		this.#shown = 1 - this.#shown;
		this.#shownFor = this.#drawingFor;
		this.#shownWorld = this.#drawingWorld;
	}

	/** Draws the next dots on the map into the picture being drawn: all of them while the camera moves (and there is no picture to move along), else `DOTS_PER_FRAME`. */
	#drawDots(context: WebGL2RenderingContext, map: MapLibreMap, program: WebGLProgram, uniforms: Uniforms, camera: ArrayLike<number>): void {
		// While the camera moves, every frame is a new picture: drawn whole, as the map around it is.
		const end = map.isMoving() ? this.#onMapCount : Math.min(this.#onMapCount, this.#drawn + DOTS_PER_FRAME);
		const picture = this.#pictures[1 - this.#shown];
		context.bindFramebuffer(context.FRAMEBUFFER, picture.framebuffer);
		context.viewport(0, 0, picture.width, picture.height);
		context.disable(context.DEPTH_TEST);
		context.disable(context.STENCIL_TEST);
		context.enable(context.BLEND);
		// Colours are premultiplied: dots laid over each other in the picture, then the picture over
		// the map, come out as the dots drawn straight onto the map would.
		context.blendFunc(context.ONE, context.ONE_MINUS_SRC_ALPHA);
		const ratio = map.getPixelRatio();
		const outer = (RADIUS + OUTLINE) * ratio;
		// One pixel more each side for the outline's smoothed edge.
		const size = Math.ceil(outer * 2 + 2);
		context.useProgram(program);
		context.uniformMatrix4fv(uniforms.matrix, false, camera as Float32List);
		context.uniform1f(uniforms.world, this.#drawingWorld);
		context.uniform1f(uniforms.size, size);
		context.uniform1f(uniforms.radius, RADIUS * ratio);
		context.uniform1f(uniforms.outer, outer);
		context.bindVertexArray(this.#vertexArray);
		context.drawElements(context.POINTS, end - this.#drawn, context.UNSIGNED_INT, this.#drawn * Uint32Array.BYTES_PER_ELEMENT);
		context.bindVertexArray(null);
		this.#drawn = end;
	}

	/**
	 * Shows the picture for this camera. Until a new one is complete, the last complete picture is
	 * shown, moved to where the map now has it if the camera moved (a day's change never shows half
	 * drawn); the very first picture shows as far as it is drawn.
	 */
	render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
		const context = gl as WebGL2RenderingContext;
		if (!this.#map || !this.#pictureProgram || this.#pictures.length === 0) return;
		const camera = options.modelViewProjectionMatrix;
		const [picture, from, fromWorld] = this.#shownFor ? [this.#pictures[this.#shown], this.#shownFor, this.#shownWorld] : [this.#pictures[1 - this.#shown], this.#drawingFor, this.#drawingWorld];
		if (!from) return;
		const warp = sameCamera(camera, from) ? SAME_PLACE : pictureWarp(from, fromWorld, camera, worldAt(this.#map));
		context.useProgram(this.#pictureProgram);
		context.activeTexture(context.TEXTURE0);
		context.bindTexture(context.TEXTURE_2D, picture.texture);
		context.uniform1i(context.getUniformLocation(this.#pictureProgram, 'u_picture'), 0);
		context.uniformMatrix3fv(context.getUniformLocation(this.#pictureProgram, 'u_warp'), false, warp);
		context.bindVertexArray(this.#pictureVertexArray);
		context.drawArrays(context.TRIANGLES, 0, 3);
		context.bindVertexArray(null);
		context.bindTexture(context.TEXTURE_2D, null);
	}

	onRemove(): void {
		const context = this.#gl;
		if (context) {
			for (const buffer of this.#buffers) context.deleteBuffer(buffer);
			for (const { texture, framebuffer } of this.#pictures) {
				context.deleteTexture(texture);
				context.deleteFramebuffer(framebuffer);
			}
			context.deleteVertexArray(this.#vertexArray);
			context.deleteVertexArray(this.#pictureVertexArray);
			context.deleteProgram(this.#program);
			context.deleteProgram(this.#pictureProgram);
		}
		this.#buffers = [];
		this.#pictures = [];
		this.#map = null;
		this.#gl = null;
		this.#program = null;
		this.#pictureProgram = null;
	}

	/** Starts a new picture for `camera`, and sends the dots' states and which are on the map to the GPU if they changed. */
	#restart(context: WebGL2RenderingContext, camera: ArrayLike<number>, world: number): void {
		if (this.#statesChanged) {
			context.bindBuffer(context.ARRAY_BUFFER, this.#stateBuffer);
			context.bufferSubData(context.ARRAY_BUFFER, 0, this.#states);
			let count = 0;
			for (let dot = 0; dot < this.#states.length; dot++) if (this.#states[dot] !== 0) this.#onMap[count++] = dot;
			this.#onMapCount = count;
			context.bindVertexArray(this.#vertexArray);
			context.bufferSubData(context.ELEMENT_ARRAY_BUFFER, 0, this.#onMap, 0, count);
			context.bindVertexArray(null);
			this.#statesChanged = false;
		}
		this.#drawingFor = Float64Array.from(camera);
		this.#drawingWorld = world;
		this.#drawn = 0;
		this.#onRestart();
		context.bindFramebuffer(context.FRAMEBUFFER, this.#pictures[1 - this.#shown].framebuffer);
		context.clearColor(0, 0, 0, 0);
		context.clear(context.COLOR_BUFFER_BIT);
	}

	/** Makes the pictures the size the map is drawn at; says whether they were made afresh. */
	#fitPictures(context: WebGL2RenderingContext): boolean {
		const [width, height] = [context.drawingBufferWidth, context.drawingBufferHeight];
		if (this.#pictures[0]?.width === width && this.#pictures[0]?.height === height) return false;
		for (const { texture, framebuffer } of this.#pictures) {
			context.deleteTexture(texture);
			context.deleteFramebuffer(framebuffer);
		}
		this.#pictures = [0, 1].map(() => makePicture(context, width, height));
		this.#shownFor = null;
		return true;
	}
}

type Uniforms = Record<'matrix' | 'world' | 'size' | 'radius' | 'outer', WebGLUniformLocation | null>;

/** A texture to draw dots into, and the framebuffer that draws into it. */
interface Picture {
	texture: WebGLTexture;
	framebuffer: WebGLFramebuffer;
	width: number;
	height: number;
}

function makePicture(gl: WebGL2RenderingContext, width: number, height: number): Picture {
	const texture = gl.createTexture()!;
	gl.bindTexture(gl.TEXTURE_2D, texture);
	gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height);
	// Shown where it was drawn, each pixel is read at its centre, as it is; moved along, it is smoothed.
	for (const parameter of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, parameter, gl.LINEAR);
	for (const parameter of [gl.TEXTURE_WRAP_S, gl.TEXTURE_WRAP_T]) gl.texParameteri(gl.TEXTURE_2D, parameter, gl.CLAMP_TO_EDGE);
	gl.bindTexture(gl.TEXTURE_2D, null);
	const framebuffer = gl.createFramebuffer()!;
	gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
	gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
	return { texture, framebuffer, width, height };
}

/** World pixels per unit of the plane at the map's zoom: the dots' positions times this are what MapLibre's matrix takes. */
const worldAt = (map: MapLibreMap) => 512 * 2 ** map.getZoom();

/** Whether two cameras (view-projection matrices) are the same. */
function sameCamera(camera: ArrayLike<number>, other: Float64Array | null): boolean {
	if (other === null) return false;
	for (let i = 0; i < 16; i++) if (camera[i] !== other[i]) return false;
	return true;
}

function linkProgram(gl: WebGL2RenderingContext, vertexShader: string, fragmentShader: string): WebGLProgram {
	const compile = (type: number, source: string) => {
		const shader = gl.createShader(type)!;
		gl.shaderSource(shader, source);
		gl.compileShader(shader);
		if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`The dots' shader did not compile: ${gl.getShaderInfoLog(shader)}`);
		return shader;
	};
	const program = gl.createProgram()!;
	gl.attachShader(program, compile(gl.VERTEX_SHADER, vertexShader));
	gl.attachShader(program, compile(gl.FRAGMENT_SHADER, fragmentShader));
	gl.linkProgram(program);
	if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`The dots' shader did not link: ${gl.getProgramInfoLog(program)}`);
	return program;
}
